MATCH (n)
RETRUN n.name