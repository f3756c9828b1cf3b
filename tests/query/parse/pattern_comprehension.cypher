MATCH (a:Person)
RETURN [(a)-[:KNOWS]->(b) | b.name] AS friends,
       [p = (a)-[:KNOWS*1..2]-(b:Person) WHERE b.age > 30 | length(p)] AS lengths,
       [(a)<--(:Company {open: true}) WHERE a.x | 1] AS ones,
       [(a)-->(b)] AS listOfPredicate
