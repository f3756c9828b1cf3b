MATCH (c:Country {name: 'Kazakhstan'})-[:MEMBER_OF]->(o:Organisation)
WHERE o.founded > 1990
RETURN c.name, o.name AS organisation
