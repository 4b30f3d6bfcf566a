package core

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The expected values were produced by CPython 3.11.7.

func TestDict(t *testing.T) {
	checkExprs(t, "d = {'a': 1, 'b': 2}\ndef delk(d, k):\n    del d[k]\n    return d\ndef ke(k):\n    try:\n        {}[k]\n    except KeyError as e:\n        return (e.args, str(e))\ndef reorder():\n    o = {}\n    for i in range(10):\n        o[i] = i\n    for i in range(0, 10, 2):\n        del o[i]\n    o[0] = 'back'\n    o[4] = 'again'\n    o[1] = 'same place'\n    return o\ndef pops():\n    p = {1: 1, 2: 2, 3: 3}\n    r = [p.popitem()]\n    p[4] = 4\n    r.append(p.popitem())\n    r.append(p.popitem())\n    p[9] = 9\n    return r, p\ndef upd(*a, **kw):\n    u = {0: 0}\n    u.update(*a, **kw)\n    return u\ndef ior(a, b):\n    a |= b\n    return a\nk = {1: 2, 3: 4}\ndef grow():\n    dd = {1: 2}\n    for x in dd:\n        dd[x + 1] = 1\ndef shrink():\n    e = {1: 2, 2: 3}\n    for x in e:\n        del e[x]\ndef churn():\n    big = {}\n    for i in range(1000):\n        big[str(i)] = i\n    for i in range(0, 1000, 3):\n        del big[str(i)]\n    for i in range(0, 30, 3):\n        big[str(i)] = -i\n    return len(big), list(big)[:8], list(big)[-5:], big['998'], sum(big.values())\ndef rec_dict():\n    x = {}\n    x[1] = x\n    x[2] = [x, {3: x}]\n    r = repr(x)\n    x.clear()\n    return r\n", []exprCase{
		{"d", "{'a': 1, 'b': 2}"},
		{"d['a']", "1"},
		{"d['z']", "KeyError: 'z'"},
		{"d[[1]]", "TypeError: unhashable type: 'list'"},
		{"ke('k')", "(('k',), \"'k'\")"},
		{"ke((1, 2))", "(((1, 2),), '(1, 2)')"},
		{"ke(\"it's\")", "((\"it's\",), '\"it\\'s\"')"},
		{"ke(1.5)", "((1.5,), '1.5')"},
		{"delk({1: 2}, 1)", "{}"},
		{"delk({1: 2}, 3)", "KeyError: 3"},
		{"reorder()", "{1: 'same place', 3: 3, 5: 5, 7: 7, 9: 9, 0: 'back', 4: 'again'}"},
		{"list(reorder().items())", "[(1, 'same place'), (3, 3), (5, 5), (7, 7), (9, 9), (0, 'back'), (4, 'again')]"},
		{"list(reorder().values())", "['same place', 3, 5, 7, 9, 'back', 'again']"},
		{"pops()", "([(3, 3), (4, 4), (2, 2)], {1: 1, 9: 9})"},
		{"{}.popitem()", "KeyError: 'popitem(): dictionary is empty'"},
		{"d.get('a')", "1"},
		{"d.get('z')", "None"},
		{"d.get('z', 0)", "0"},
		{"d.get()", "TypeError: get expected at least 1 argument, got 0"},
		{"d.get(1, 2, 3)", "TypeError: get expected at most 2 arguments, got 3"},
		{"d.setdefault('c', [])", "[]"},
		{"d.setdefault('a', 9)", "1"},
		{"d.pop('c')", "[]"},
		{"d.pop('zz')", "KeyError: 'zz'"},
		{"d.pop('zz', None)", "None"},
		{"d.pop()", "TypeError: pop expected at least 1 argument, got 0"},
		{"d", "{'a': 1, 'b': 2}"},
		{"upd({1: 2})", "{0: 0, 1: 2}"},
		{"upd([(3, 4)], x=5)", "{0: 0, 3: 4, 'x': 5}"},
		{"upd(y=6)", "{0: 0, 'y': 6}"},
		{"upd(1)", "TypeError: 'int' object is not iterable"},
		{"upd([1])", "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{"upd([(1, 2, 3)])", "ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
		{"upd({}, {})", "TypeError: update expected at most 1 argument, got 2"},
		{"upd(k.items())", "{0: 0, 1: 2, 3: 4}"},
		{"upd(zip('ab', 'xy'))", "{0: 0, 'a': 'x', 'b': 'y'}"},
		{"dict()", "{}"},
		{"dict(a=1, b=2)", "{'a': 1, 'b': 2}"},
		{"dict([(1, 2)], c=3)", "{1: 2, 'c': 3}"},
		{"dict({1: 2}, x=1)", "{1: 2, 'x': 1}"},
		{"dict([[1, 2], 'ab'])", "{1: 2, 'a': 'b'}"},
		{"dict(1, 2)", "TypeError: dict expected at most 1 argument, got 2"},
		{"dict([1, 2])", "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{"dict('ab')", "ValueError: dictionary update sequence element #0 has length 1; 2 is required"},
		{"dict(1)", "TypeError: 'int' object is not iterable"},
		{"dict(zip('ab', range(2)))", "{'a': 0, 'b': 1}"},
		{"dict.fromkeys([1, 2])", "{1: None, 2: None}"},
		{"dict.fromkeys('ab', 0)", "{'a': 0, 'b': 0}"},
		{"dict.fromkeys()", "TypeError: fromkeys expected at least 1 argument, got 0"},
		{"dict.fromkeys(1)", "TypeError: 'int' object is not iterable"},
		{"{}.fromkeys([3])", "{3: None}"},
		{"{1: 2} | {3: 4}", "{1: 2, 3: 4}"},
		{"{1: 2} | {1: 3}", "{1: 3}"},
		{"{1: 2} | 1", "TypeError: unsupported operand type(s) for |: 'dict' and 'int'"},
		{"ior({1: 2}, [(3, 4)])", "{1: 2, 3: 4}"},
		{"ior({}, 1)", "TypeError: 'int' object is not iterable"},
		{"{1: 2} == {1: 2.0}", "True"},
		{"{1: 2} != {1: 3}", "True"},
		{"{1: 2} < {}", "TypeError: '<' not supported between instances of 'dict' and 'dict'"},
		{"{1: [1]} == {1: [1]}", "True"},
		{"{1: 2} == {2: 1}", "False"},
		{"k.keys()", "dict_keys([1, 3])"},
		{"k.values()", "dict_values([2, 4])"},
		{"k.items()", "dict_items([(1, 2), (3, 4)])"},
		{"len(k.items())", "2"},
		{"1 in k.keys()", "True"},
		{"2 in k.values()", "True"},
		{"(1, 2) in k.items()", "True"},
		{"(1, 3) in k.items()", "False"},
		{"[1] in k.items()", "False"},
		{"k.keys() & {1}", "{1}"},
		{"k.keys() | [5]", "{1, 3, 5}"},
		{"k.keys() - {1}", "{3}"},
		{"k.keys() ^ {3, 5}", "{1, 5}"},
		{"{1, 9} & k.keys()", "{1}"},
		{"{1, 9} - k.keys()", "{9}"},
		{"k.items() - {(1, 2)}", "{(3, 4)}"},
		{"k.items() | {(5, 6)}", "{(1, 2), (3, 4), (5, 6)}"},
		{"k.keys() == {1, 3}", "True"},
		{"k.keys() == {1}", "False"},
		{"k.keys() <= {1, 3, 5}", "True"},
		{"k.items() < {(1, 2), (3, 4), (5, 6)}", "True"},
		{"k.values() == k.values()", "False"},
		{"k.keys().isdisjoint([7])", "True"},
		{"list(reversed(k))", "[3, 1]"},
		{"list(reversed(k.values()))", "[4, 2]"},
		{"list(reversed(k.items()))", "[(3, 4), (1, 2)]"},
		{"hash(k.keys())", "TypeError: unhashable type: 'dict_keys'"},
		{"type(k.keys()).__name__", "'dict_keys'"},
		{"type(iter(k.items())).__name__", "'dict_itemiterator'"},
		{"type(reversed(k)).__name__", "'dict_reversekeyiterator'"},
		{"{'a': {'b': None}, 'c': [1, (2,)], 3: 'x'}", "{'a': {'b': None}, 'c': [1, (2,)], 3: 'x'}"},
		{"str({1: 'a'})", "\"{1: 'a'}\""},
		{"hash({})", "TypeError: unhashable type: 'dict'"},
		{"grow()", "RuntimeError: dictionary changed size during iteration"},
		{"shrink()", "RuntimeError: dictionary changed size during iteration"},
		{"churn()", "(676, ['1', '2', '4', '5', '7', '8', '10', '11'], ['15', '18', '21', '24', '27'], 998, 332532)"},
		{"{i: i * i for i in range(5)}", "{0: 0, 1: 1, 2: 4, 3: 9, 4: 16}"},
		{"{**{1: 2}, 3: 4}", "{1: 2, 3: 4}"},
		{"sorted({3: 1, 1: 2})", "[1, 3]"},
		{"{}.keys(1)", "TypeError: dict.keys() takes no arguments (1 given)"},
		{"{}.copy(1)", "TypeError: dict.copy() takes no arguments (1 given)"},
		{"{}.setdefault()", "TypeError: setdefault expected at least 1 argument, got 0"},
		{"{}.pop(1, 2, 3)", "TypeError: pop expected at most 2 arguments, got 3"},
		{"{1: [2]}.copy()", "{1: [2]}"},
		{"{(1, 2): 3, 1.5: 'x', None: 0, True: 1}", "{(1, 2): 3, 1.5: 'x', None: 0, True: 1}"},
		{"rec_dict()", "'{1: {...}, 2: [{...}, {3: {...}}]}'"},
	})
}

// TestDictKeyErrorArgs checks that d[k] raises KeyError whose args are
// (k,), so that str(e) is repr(k).
func TestDictKeyErrorArgs(t *testing.T) {
	th := containersTestThread(t)
	d := th.NewDict()
	key := th.NewStr("missing")
	require.Nil(t, th.GetItem(&d.Object, key))
	require.True(t, th.ExcMatches(&KeyErrorType))
	exc := th.TakeExc()
	args := asTuple(asException(exc).Args).Items
	require.Len(t, args, 1)
	assert.Same(t, key, args[0])
	th.Decref(exc)
	th.Decref(key)
	th.Decref(&d.Object)
	assert.Zero(t, live(th))
}

func BenchmarkDictStrKeys(b *testing.B) {
	th := containersTestThread(b)
	keys := make([]*Str, 64)
	for i := range keys {
		keys[i] = Intern("key" + strconv.Itoa(i))
	}
	d := th.NewDict()
	v := th.NewInt(1)
	for b.Loop() {
		for _, k := range keys {
			d.SetStr(th, k, v)
		}
		for _, k := range keys {
			th.Decref(th.GetItem(&d.Object, &k.Object))
		}
	}
	th.Decref(&d.Object)
}
