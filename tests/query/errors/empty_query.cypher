  // nothing but a comment
