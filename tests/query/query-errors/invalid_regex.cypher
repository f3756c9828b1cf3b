MATCH (c:Country) WHERE c.name =~ 'Mon(' RETURN c
