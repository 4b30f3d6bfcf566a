package plots

import (
	"fmt"
	"image/color"
	"io"
	"os"
	"path/filepath"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// drawer draws a figure onto a canvas of any size.
type drawer func(c draw.Canvas)

// single is the drawer of one plot.
func single(p *plot.Plot) drawer { return func(c draw.Canvas) { p.Draw(c) } }

// save writes a figure as stem.png (150 dpi) and stem.svg, making the
// directory, and returns the two paths.
func save(d drawer, w, h vg.Length, stem string) (png, svg string, err error) {
	if err := os.MkdirAll(filepath.Dir(stem), 0o755); err != nil {
		return "", "", err
	}
	png, svg = stem+".png", stem+".svg"
	img := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(150))
	paint(img, d, w, h)
	if err := writeFile(png, vgimg.PngCanvas{Canvas: img}); err != nil {
		return "", "", err
	}
	sv := vgsvg.New(w, h)
	paint(sv, d, w, h)
	if err := writeFile(svg, sv); err != nil {
		return "", "", err
	}
	return png, svg, nil
}

// paint fills the canvas white (panels leave gaps between them) and draws.
func paint(c vg.CanvasSizer, d drawer, w, h vg.Length) {
	var p vg.Path
	p.Move(vg.Point{})
	p.Line(vg.Point{X: w})
	p.Line(vg.Point{X: w, Y: h})
	p.Line(vg.Point{Y: h})
	p.Close()
	c.SetColor(color.White)
	c.Fill(p)
	d(draw.New(c))
}

func writeFile(path string, wt io.WriterTo) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := wt.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return f.Close()
}
