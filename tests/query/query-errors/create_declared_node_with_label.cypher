MATCH (c:Country) CREATE (c:Member)-[:T]->(:X)
