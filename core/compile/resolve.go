package compile

// Name resolution over the scope tree: CPython's analyze_block.

import (
	"sort"
)

// ---- resolution (CPython's analyze_block) ----

type set map[string]bool

func (s set) copy() set {
	c := make(set, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

func (s set) addAll(o set) {
	for k := range o {
		s[k] = true
	}
}

// analyze resolves the names of block s. bound holds the names bound in
// enclosing function scopes (nil at module level), global the names known
// to be global; free collects the free names of s for the caller.
func analyze(s *scope, bound, free, global set) {
	local := set{}
	scopes := map[string]binding{}
	newGlobal, newFree, newBound := set{}, set{}, set{}
	if s.kind == classScope {
		// A class's names are invisible to nested functions.
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range s.order {
		analyzeName(s, scopes, name, s.symbols[name], bound, local, free, global)
	}
	if s.kind != classScope {
		if s.kind == functionScope {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound["__class__"] = true
	}
	allFree := set{}
	for _, c := range s.children {
		childFree := newFree.copy()
		analyze(c, newBound.copy(), childFree, newGlobal.copy())
		allFree.addAll(childFree)
	}
	newFree.addAll(allFree)
	switch s.kind {
	case functionScope:
		for name, b := range scopes {
			if b == bindLocal && newFree[name] {
				scopes[name] = bindCell
				delete(newFree, name)
			}
		}
	case classScope:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.needsClassCell = true
		}
	}
	updateSymbols(s, scopes, bound, newFree)
	free.addAll(newFree)
}

func analyzeName(s *scope, scopes map[string]binding, name string, flags int, bound, local, free, global set) {
	switch {
	case flags&defGlobal != 0:
		if flags&defNonlocal != 0 {
			fail(s.directives[name], "name '%s' is nonlocal and global", name)
		}
		scopes[name] = bindGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&defNonlocal != 0:
		if bound == nil || !bound[name] {
			fail(s.directives[name], "no binding for nonlocal '%s' found", name)
		}
		scopes[name] = bindFree
		free[name] = true
	case flags&defBound != 0:
		scopes[name] = bindLocal
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		scopes[name] = bindFree
		free[name] = true
	default:
		scopes[name] = bindGlobalImplicit
	}
}

// updateSymbols records the bindings of s and the free variables it only
// passes through to nested blocks; it then lists s's cells and frees.
func updateSymbols(s *scope, scopes map[string]binding, bound, free set) {
	s.resolved = scopes
	names := make([]string, 0, len(free))
	for name := range free {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if flags, ok := s.symbols[name]; ok {
			if s.kind == classScope && flags&(defBound|defGlobal) != 0 {
				s.symbols[name] = flags | defFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue
		}
		s.symbols[name] = 0
		s.order = append(s.order, name)
		s.resolved[name] = bindFree
	}
	for _, name := range s.order {
		switch {
		case s.resolved[name] == bindCell:
			s.cellVars = append(s.cellVars, name)
		case s.resolved[name] == bindFree, s.symbols[name]&defFreeClass != 0:
			s.freeVars = append(s.freeVars, name)
		}
	}
	if s.needsClassCell {
		s.cellVars = append(s.cellVars, "__class__")
	}
	sort.Strings(s.cellVars)
	sort.Strings(s.freeVars)
}
