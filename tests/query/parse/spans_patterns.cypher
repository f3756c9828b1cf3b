MATCH p = (a:A {k: 1})-[r:T*1..2]->(b)
WHERE a.x > 1
UNWIND a.list AS item
WITH a, item
  ORDER BY item
RETURN a.name AS name
