CREATE (a:Person {name: 'Ann'}), (b:Person {name: 'Bob'})
CREATE (a)-[:KNOWS {since: 2020}]->(b)
WITH a
MATCH (c) CREATE (c)<-[:R]-(:New)
RETURN a
