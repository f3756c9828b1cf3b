RETURN substring('Mongolia')
