MATCH (n)
WHERE n.name STARTS WITH 'Ka'
   OR n.name ENDS WITH 'stan'
   OR n.name CONTAINS 'zak'
   OR n.name =~ 'K.*'
   OR n.code IN ['KZ', 'KG']
   OR n.x IS NULL
   OR n.y IS NOT NULL
   OR n.z IN [1, 2] IS NULL
   OR n.name + 'x' STARTS WITH 'a' + 'b'
RETURN n
