MATCH (a)
RETURN a.version  +  5, count( * ), /* comment */ a.name   , toUpper(a.name) AS upper,
       a.x+1
