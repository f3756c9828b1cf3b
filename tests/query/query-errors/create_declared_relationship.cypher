MATCH (a)-[r]->(b) CREATE (a)-[r:T]->(b)
