MATCH (n)-[r]->(m) RETURN *, n.name AS name ORDER BY name
