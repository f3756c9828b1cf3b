MATCH (n:Person) WHERE n.name　= 'a b'
RETURN n.name AS `name with nbsp`
