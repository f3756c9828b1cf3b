CREATE (a)-[:T]-(b)
