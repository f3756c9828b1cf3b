RETURN coalesce()
