WITH -1 AS start RETURN substring('Mongolia', start)
