MATCH (a), (b)
WHERE (a)-->(b)
  AND (a)-[:KNOWS]->(:Person {name: 'x'})
  AND NOT (a)<-[:BLOCKS]-(b)
  AND exists((a)-[:LIKES]-(b))
  AND exists(a.name)
  AND (a)-[:T]->()<-[:U]-(b)
  AND (a.x) - (b.y) > 0
  AND (a) = (b)
RETURN a
