MATCH (c:Country) RETURN c MATCH (d:Donor) RETURN d
