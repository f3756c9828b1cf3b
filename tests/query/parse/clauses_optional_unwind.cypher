MATCH (n:Person)
OPTIONAL MATCH (n)-[:KNOWS]->(m) WHERE m.age > 1
optional match (m)-->(o)
UNWIND [1, 2, 3] AS x
UNWIND n.tags AS tag
RETURN n, m, x, tag
