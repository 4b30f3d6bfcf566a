SUBLEVEL = "sub"
