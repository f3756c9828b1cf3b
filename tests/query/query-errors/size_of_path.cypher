MATCH p = (c:Country)-->() RETURN size(p)
