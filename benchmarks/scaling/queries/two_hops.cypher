MATCH (a)-[:KNOWS]->(b)-[:KNOWS]->(c) RETURN count(*) AS count
