// A comment before the query
MATCH /* inline */ (n:Person) // trailing
	WHERE n.age /* between */ > 1
/* a block
   over lines */ RETURN n.name   ,   n.age // last
;  // after the semicolon
