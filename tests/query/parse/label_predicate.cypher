MATCH (a)
WHERE a:Person:Admin AND a.x = 1
RETURN a