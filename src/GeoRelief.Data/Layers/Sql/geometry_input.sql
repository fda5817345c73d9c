CAST(@geometry AS geometry)
