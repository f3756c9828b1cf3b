MATCH p = (a:Person)-[:KNOWS]->(b),
      q = shortestPath((a)-[:KNOWS*]-(c)),
      allShortestPaths((a)-[*..5]->(d)),
      r = ALLSHORTESTPATHS((a)--(e))
RETURN p, q, r
