MATCH (p:Country) MATCH p = (a)-->(b) RETURN p
