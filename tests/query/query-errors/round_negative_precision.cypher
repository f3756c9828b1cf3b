WITH -1 AS p RETURN round(1.5, p)
