MATCH (n:A) RETURN n.name AS name
UNION
MATCH (n:B) RETURN n.name AS name
UNION ALL
RETURN 'c' AS name
