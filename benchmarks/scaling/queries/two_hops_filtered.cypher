MATCH (a:Person)-[:KNOWS]->(b)-[:KNOWS]->(c) WHERE c.rank < 500 RETURN count(*) AS count
