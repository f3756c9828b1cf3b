RETURN 'single', "double", 'it\'s', "say \"hi\"", 'back\\slash', 'slash\/',
       'b\b f\f n\n r\r t\t', 'B\B F\F N\N R\R T\T', "with 'single' inside", 'with "double" inside',
       '\u00e9t\u00E9', '\U0001F600', '\uD83D\uDE00', '', "", 'héllo wörld'
