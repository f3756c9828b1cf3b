MATCH (p:Person)
WHERE EXISTS {
  MATCH (p)-[:OWNS]->(d:Dog)
  WHERE d.name = p.name
  RETURN d
}
AND exists { (p)-[:KNOWS]->(:Person) WHERE p.age > 1 }
AND NOT EXISTS { MATCH (p)-->(x) }
RETURN p
