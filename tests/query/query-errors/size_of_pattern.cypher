MATCH (c:Country) RETURN size((c)-->())
