profile MATCH (n) RETURN count(n);
