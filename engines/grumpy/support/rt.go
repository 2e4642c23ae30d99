// Package rt is diverge's support code for transpiled programs: the few helpers
// that generated code calls besides the Grumpy runtime itself (package grumpy).
// Generated code imports it as πd.
package rt

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"unsafe"

	πg "grumpy"
)

// Slice builds a slice object for x[lo:hi:step]; nil bounds are None.
func Slice(f *πg.Frame, lo, hi, step *πg.Object) (*πg.Object, *πg.BaseException) {
	if lo == nil {
		lo = πg.None
	}
	if hi == nil {
		hi = πg.None
	}
	if step == nil {
		step = πg.None
	}
	return πg.SliceType.ToObject().Call(f, πg.Args{lo, hi, step}, nil)
}

// IsStopIteration reports whether e is a StopIteration (the end of a for loop).
func IsStopIteration(f *πg.Frame, e *πg.BaseException) bool {
	ok, raised := πg.IsInstance(f, e.ToObject(), πg.StopIterationType.ToObject())
	return raised == nil && ok
}

// Matches reports whether the exception e matches an except clause's type (or tuple).
func Matches(f *πg.Frame, e *πg.BaseException, typ *πg.Object) (bool, *πg.BaseException) {
	return πg.IsSubclass(f, e.ToObject().Type().ToObject(), typ)
}

// CheckFree raises NameError for a variable of an enclosing function read before it
// is assigned (CheckLocal's UnboundLocalError is for the function's own locals).
func CheckFree(f *πg.Frame, value *πg.Object, name string) *πg.BaseException {
	if value == πg.UnboundLocal {
		return f.RaiseType(πg.NameErrorType, fmt.Sprintf("free variable '%s' referenced before assignment in enclosing scope", name))
	}
	return nil
}

// Is is Python's `is`.
func Is(v, w *πg.Object) *πg.Object {
	return πg.GetBool(v == w).ToObject()
}

// IsNot is Python's `is not`.
func IsNot(v, w *πg.Object) *πg.Object {
	return πg.GetBool(v != w).ToObject()
}

// Not is Python's `not`.
func Not(f *πg.Frame, o *πg.Object) (*πg.Object, *πg.BaseException) {
	b, raised := πg.IsTrue(f, o)
	if raised != nil {
		return nil, raised
	}
	return πg.GetBool(!b).ToObject(), nil
}

// In is Python's `v in seq` (notIn negates it).
func In(f *πg.Frame, v, seq *πg.Object, notIn bool) (*πg.Object, *πg.BaseException) {
	b, raised := πg.Contains(f, seq, v)
	if raised != nil {
		return nil, raised
	}
	return πg.GetBool(b != notIn).ToObject(), nil
}

// MakeClass runs the metaclass: __metaclass__ from the class body, else the type
// of the first base, else type. A class without bases gets object as its base.
func MakeClass(f *πg.Frame, name string, bases *πg.Tuple, dict *πg.Dict) (*πg.Object, *πg.BaseException) {
	if mod, raised := f.Globals().GetItemString(f, "__name__"); raised != nil {
		return nil, raised
	} else if mod != nil {
		if old, raised := dict.GetItemString(f, "__module__"); raised != nil {
			return nil, raised
		} else if old == nil {
			if raised := dict.SetItemString(f, "__module__", mod); raised != nil {
				return nil, raised
			}
		}
	}
	meta, raised := dict.GetItemString(f, "__metaclass__")
	if raised != nil {
		return nil, raised
	}
	if meta == nil {
		if bases.Len() > 0 {
			meta = bases.GetItem(0).Type().ToObject()
		} else {
			meta = πg.TypeType.ToObject()
			bases = πg.NewTuple1(πg.ObjectType.ToObject())
		}
	}
	return meta.Call(f, πg.Args{πg.NewStr(name).ToObject(), bases.ToObject(), dict.ToObject()}, nil)
}

// ImportFrom is `from module import name`: an attribute of the module, or its submodule.
func ImportFrom(f *πg.Frame, module *πg.Object, modname, name string) (*πg.Object, *πg.BaseException) {
	v, raised := πg.GetAttr(f, module, πg.NewStr(name), πg.None)
	if raised != nil {
		return nil, raised
	}
	if v != πg.None {
		return v, nil
	}
	if has, _ := hasAttr(f, module, name); has {
		return v, nil
	}
	if mods, raised := πg.ImportModule(f, modname+"."+name); raised == nil {
		return mods[len(mods)-1], nil
	}
	f.RestoreExc(nil, nil)
	return nil, f.RaiseType(πg.ImportErrorType, "cannot import name "+name)
}

func hasAttr(f *πg.Frame, o *πg.Object, name string) (bool, *πg.BaseException) {
	sentinel := πg.NewList().ToObject()
	v, raised := πg.GetAttr(f, o, πg.NewStr(name), sentinel)
	return raised == nil && v != sentinel, raised
}

// ImportStar copies a module's public names into the globals.
func ImportStar(f *πg.Frame, module *πg.Object) *πg.BaseException {
	names, raised := πg.GetAttr(f, module, πg.NewStr("__all__"), πg.None)
	if raised != nil {
		return raised
	}
	if names == πg.None {
		d := module.Dict()
		if d == nil {
			return nil
		}
		names = d.Keys(f).ToObject()
	}
	it, raised := πg.Iter(f, names)
	if raised != nil {
		return raised
	}
	for {
		n, raised := πg.Next(f, it)
		if raised != nil {
			if IsStopIteration(f, raised) {
				f.RestoreExc(nil, nil)
				return nil
			}
			return raised
		}
		s, raised := πg.ToStr(f, n)
		if raised != nil {
			return raised
		}
		if strings.HasPrefix(s.Value(), "_") {
			continue
		}
		v, raised := πg.GetAttr(f, module, s, nil)
		if raised != nil {
			return raised
		}
		if raised := f.Globals().SetItem(f, n, v); raised != nil {
			return raised
		}
	}
}

// Yield hands a value to the generator's consumer and returns what it sends back.
type Yield func(value *πg.Object) (*πg.Object, *πg.BaseException)

type genResult struct {
	value  *πg.Object
	raised *πg.BaseException
	done   bool
}

// genIn is what the consumer hands the body at a yield: a sent value, or an
// exception to raise there (throw, close).
type genIn struct {
	value         *πg.Object
	throw         bool
	typ, val, tb  *πg.Object
}

type generator struct {
	in                chan genIn
	out               chan genResult
	started, finished bool
	pending           *genIn
}

// generators maps a runtime Generator (by address, so that the map does not keep it
// alive) to its goroutine's controls; throw and close need them.
var generators sync.Map

// throwSignal, sent through Generator.send, tells resume to deliver g.pending instead.
var throwSignal = πg.NewList().ToObject()

// Generator runs a generator body in its own goroutine; the consumer and the body
// hand control to each other over channels, so exactly one of them runs at a time
// and the body is ordinary structured Go code.
func Generator(f *πg.Frame, body func(yield Yield) (*πg.Object, *πg.BaseException)) *πg.Object {
	g := &generator{in: make(chan genIn), out: make(chan genResult)}
	yield := func(v *πg.Object) (*πg.Object, *πg.BaseException) {
		g.out <- genResult{value: v}
		m := <-g.in
		if m.throw {
			return nil, f.Raise(m.typ, m.val, m.tb)
		}
		return m.value, nil
	}
	resume := func(send *πg.Object) (*πg.Object, *πg.BaseException) {
		if g.finished {
			return nil, nil
		}
		m := genIn{value: send}
		if send == throwSignal && g.pending != nil {
			m, g.pending = *g.pending, nil
		}
		if !g.started {
			g.started = true
			go func() {
				<-g.in
				_, raised := body(yield)
				g.out <- genResult{raised: raised, done: true}
			}()
		}
		g.in <- m
		r := <-g.out
		if r.done {
			g.finished = true
			return nil, r.raised
		}
		// Generator.resume pops a checkpoint after each value; give it one.
		f.PushCheckpoint(0)
		return r.value, nil
	}
	gen := πg.NewGenerator(f, resume)
	key := uintptr(unsafe.Pointer(gen))
	generators.Store(key, g)
	runtime.SetFinalizer(gen, func(*πg.Generator) { generators.Delete(key) })
	return gen.ToObject()
}

func lookupGenerator(f *πg.Frame, o *πg.Object) (*generator, *πg.BaseException) {
	if v, ok := generators.Load(uintptr(unsafe.Pointer(o))); ok {
		return v.(*generator), nil
	}
	return nil, f.RaiseType(πg.TypeErrorType, "throw() and close() need a generator of transpiled code")
}

// genThrow is generator.throw(typ[, val[, tb]]) (Grumpy's runtime has only send).
func genThrow(f *πg.Frame, args []*πg.Object) (*πg.Object, *πg.BaseException) {
	g, raised := lookupGenerator(f, args[0])
	if raised != nil {
		return nil, raised
	}
	if !g.started || g.finished {
		g.finished = true
		return nil, f.Raise(args[1], args[2], args[3])
	}
	g.pending = &genIn{throw: true, typ: args[1], val: args[2], tb: args[3]}
	send, raised := πg.GetAttr(f, args[0], πg.NewStr("send"), nil)
	if raised != nil {
		return nil, raised
	}
	return send.Call(f, πg.Args{throwSignal}, nil)
}

// genClose is generator.close(): GeneratorExit at the paused yield.
func genClose(f *πg.Frame, args []*πg.Object) (*πg.Object, *πg.BaseException) {
	g, raised := lookupGenerator(f, args[0])
	if raised != nil {
		return nil, raised
	}
	if !g.started || g.finished {
		g.finished = true
		return πg.None, nil
	}
	_, raised = genThrow(f, []*πg.Object{args[0], generatorExit, πg.None, πg.None})
	if raised == nil {
		return nil, f.RaiseType(πg.RuntimeErrorType, "generator ignored GeneratorExit")
	}
	for _, t := range []*πg.Object{generatorExit, πg.StopIterationType.ToObject()} {
		if ok, _ := πg.IsInstance(f, raised.ToObject(), t); ok {
			f.RestoreExc(nil, nil)
			return πg.None, nil
		}
	}
	return nil, raised
}

// generatorExit is the GeneratorExit builtin, which Grumpy's runtime lacks (it has no close()).
var generatorExit *πg.Object

func init() {
	f := πg.NewRootFrame()
	var raised *πg.BaseException
	generatorExit, raised = πg.TypeType.ToObject().Call(f, πg.Args{πg.NewStr("GeneratorExit").ToObject(),
		πg.NewTuple1(πg.BaseExceptionType.ToObject()).ToObject(), πg.NewDict().ToObject()}, nil)
	if raised != nil {
		panic(raised.String())
	}
	πg.Builtins.SetItemString(f, "GeneratorExit", generatorExit)
	method := func(name string, params []πg.Param, fn func(*πg.Frame, []*πg.Object) (*πg.Object, *πg.BaseException)) {
		code := πg.NewCode(name, "<generator>", params, 0, fn)
		πg.GeneratorType.ToObject().Dict().SetItemString(f, name, πg.NewFunction(code, nil).ToObject())
	}
	method("throw", []πg.Param{{Name: "self"}, {Name: "typ"}, {Name: "val", Def: πg.None}, {Name: "tb", Def: πg.None}}, genThrow)
	method("close", []πg.Param{{Name: "self"}}, genClose)
}

// Main runs the program named by the first argument (a batch binary holds many).
func Main(programs map[string]*πg.Code) {
	if len(os.Args) < 2 || programs[os.Args[1]] == nil {
		fmt.Fprintf(os.Stderr, "usage: %s PROGRAM (one of %d built in)\n", os.Args[0], len(programs))
		os.Exit(2)
	}
	code := programs[os.Args[1]]
	os.Args = append([]string{os.Args[0]}, os.Args[2:]...)
	status := RunMain(code)
	os.Exit(status)
}

// RunMain runs code as the __main__ module and reports an uncaught exception the
// way CPython does: a traceback on stderr ending in "Type: message", status 1.
func RunMain(code *πg.Code) int {
	if file := os.Getenv("GRUMPY_PROFILE"); file != "" {
		// A Go CPU profile of the run: go tool pprof BINARY FILE
		if out, err := os.Create(file); err == nil {
			pprof.StartCPUProfile(out)
			defer pprof.StopCPUProfile()
		}
	}
	πg.RegisterModule("__main__", code)
	f := πg.NewRootFrame()
	_, raised := πg.ImportModule(f, "__main__")
	if raised == nil {
		return 0
	}
	if ok, _ := πg.IsInstance(f, raised.ToObject(), πg.SystemExitType.ToObject()); ok {
		return systemExit(f, raised)
	}
	os.Stdout.Sync()
	os.Stderr.WriteString(FormatTraceback(f, raised))
	return 1
}

func systemExit(f *πg.Frame, e *πg.BaseException) int {
	f.RestoreExc(nil, nil)
	o, raised := πg.GetAttr(f, e.ToObject(), πg.NewStr("code"), nil)
	if raised != nil || o == πg.None {
		return 0
	}
	if o.Type() == πg.IntType || o.Type() == πg.BoolType {
		n, _ := πg.ToIntValue(f, o)
		return n
	}
	if s, raised := πg.ToStr(f, o); raised == nil {
		os.Stderr.WriteString(s.Value() + "\n")
	}
	return 1
}

// FormatTraceback renders e and the traceback in f's exception state.
func FormatTraceback(f *πg.Frame, e *πg.BaseException) string {
	var b strings.Builder
	b.WriteString("Traceback (most recent call last):\n")
	_, tb := f.ExcInfo()
	if tb != nil {
		for o := tb.ToObject(); o != nil && o != πg.None; {
			line, name, file := tbEntry(f, o)
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", file, line, name)
			next, raised := πg.GetAttr(f, o, πg.NewStr("tb_next"), nil)
			if raised != nil {
				break
			}
			o = next
		}
	}
	typ := e.ToObject().Type().Name()
	msg, raised := πg.ToStr(f, e.ToObject())
	if raised != nil || msg.Value() == "" {
		b.WriteString(typ + "\n")
	} else {
		b.WriteString(typ + ": " + msg.Value() + "\n")
	}
	return b.String()
}

func tbEntry(f *πg.Frame, tb *πg.Object) (int, string, string) {
	line, name, file := 0, "?", "?"
	if o, raised := πg.GetAttr(f, tb, πg.NewStr("tb_lineno"), nil); raised == nil {
		line, _ = πg.ToIntValue(f, o)
	}
	if fr, raised := πg.GetAttr(f, tb, πg.NewStr("tb_frame"), nil); raised == nil {
		if c, raised := πg.GetAttr(f, fr, πg.NewStr("f_code"), nil); raised == nil && c != πg.None {
			if n, raised := πg.GetAttr(f, c, πg.NewStr("co_name"), nil); raised == nil {
				if s, raised := πg.ToStr(f, n); raised == nil {
					name = s.Value()
				}
			}
			if n, raised := πg.GetAttr(f, c, πg.NewStr("co_filename"), nil); raised == nil {
				if s, raised := πg.ToStr(f, n); raised == nil {
					file = s.Value()
				}
			}
		}
	}
	f.RestoreExc(nil, nil)
	return line, name, file
}

// TracebackObject is tb as a Python object (None when there is none).
func TracebackObject(tb *πg.Traceback) *πg.Object {
	if tb == nil {
		return πg.None
	}
	return tb.ToObject()
}

// NativeType is the Python type wrapping a Go type (for `from '__go__/pkg' import T`).
func NativeType(f *πg.Frame, zero reflect.Value) (*πg.Object, *πg.BaseException) {
	o, raised := πg.WrapNative(f, zero)
	if raised != nil {
		return nil, raised
	}
	return o.Type().ToObject(), nil
}
