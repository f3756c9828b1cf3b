CREATE (a)-[:T*2]->(b)
