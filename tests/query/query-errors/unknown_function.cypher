RETURN toUpperCase("bacac")
