MATCH (n)
RETURN DISTINCT n.name AS name, n.age AS `the age`, count(*) ORDER BY name, `the age` DESC SKIP $s LIMIT 5 + 5
