MATCH (n)
WHERE n.x = 1 OR n.x = 2 OR n.x = 3 OR n.x = 4 OR n.x = 5 OR n.x = 6 OR n.x = 7 OR n.x = 8
   OR n.x = 9 OR n.x = 10 OR n.x = 11 OR n.x = 12 OR n.x = 13 OR n.x = 14 OR n.x = 15
   OR n.x = 16 OR n.x = 17
RETURN n
