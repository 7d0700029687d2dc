"""vtscreen.py - a small terminal screen model (standard library only), enough to replay what ncurses
programs (jcta, dialog, whiptail) write for TERM=xterm-256color and see which cells a key press changed.
It stands in for `pyte` in ../shared/bench/mincost.py, so the benchmark needs no third-party package.
Covers: UTF-8 text with East Asian wide characters, autowrap, CR/LF/BS/TAB, SO/SI and ESC ( 0 line
drawing, CUP/CUU/CUD/CUF/CUB/CNL/CPL/CHA/HPA/VPA/HPR/VPR, ED, EL, ECH, IL, DL, ICH, DCH, SU, SD, REP,
DECSTBM scrolling region, IND/RI/NEL, save/restore cursor, SGR (bold, underline, reverse, 8/16/256/rgb
colours), DECTCEM cursor visibility and the alternate screen (1049/47/1047). Erases use the current
colours (bce), as xterm does. Everything else is parsed and ignored."""
import unicodedata

NAMES = ['black', 'red', 'green', 'brown', 'blue', 'magenta', 'cyan', 'white']
DEC = {'`': '◆', 'a': '▒', 'f': '°', 'g': '±', 'j': '┘', 'k': '┐', 'l': '┌', 'm': '└', 'n': '┼',
       'o': '⎺', 'p': '⎻', 'q': '─', 'r': '⎼', 's': '⎽', 't': '├', 'u': '┤', 'v': '┴', 'w': '┬',
       'x': '│', 'y': '≤', 'z': '≥', '{': 'π', '|': '≠', '}': '£', '~': '·', 'h': '░', 'i': '␋'}
DEFAULT = ('default', 'default', False, False, False)   # fg, bg, bold, reverse, underline


def width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ('Mn', 'Me', 'Cf'):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1


class Screen:
    def __init__(self, cols=80, rows=24):
        self.cols, self.rows = cols, rows
        self.reset()

    def reset(self):
        self.grid = [[(' ', DEFAULT) for _ in range(self.cols)] for _ in range(self.rows)]
        self.x = self.y = 0
        self.attrs = DEFAULT
        self.top, self.bottom = 0, self.rows - 1
        self.wrapnext = False
        self.hidden = False
        self.g = ['B', 'B']
        self.gl = 0
        self.saved = (0, 0, DEFAULT)
        self.last = ' '
        self.state = 'ground'
        self.seq = ''
        self.decoder = __import__('codecs').getincrementaldecoder('utf-8')('replace')

    def resize(self, cols, rows):
        grid = [[(' ', DEFAULT) for _ in range(cols)] for _ in range(rows)]
        for y in range(min(rows, self.rows)):
            for x in range(min(cols, self.cols)):
                grid[y][x] = self.grid[y][x]
        self.grid, self.cols, self.rows = grid, cols, rows
        self.top, self.bottom = 0, rows - 1
        self.x, self.y = min(self.x, cols - 1), min(self.y, rows - 1)

    # --- text and cursor -------------------------------------------------------------------------
    def blank(self):
        return (' ', self.attrs)

    def linefeed(self):
        if self.y == self.bottom:
            self.scroll_up(1)
        elif self.y < self.rows - 1:
            self.y += 1

    def scroll_up(self, n):
        for _ in range(n):
            del self.grid[self.top]
            self.grid.insert(self.bottom, [self.blank() for _ in range(self.cols)])

    def scroll_down(self, n):
        for _ in range(n):
            del self.grid[self.bottom]
            self.grid.insert(self.top, [self.blank() for _ in range(self.cols)])

    def put(self, ch):
        if self.g[self.gl] == '0':
            ch = DEC.get(ch, ch)
        w = width(ch)
        if w == 0:
            return
        if self.wrapnext or self.x + w > self.cols:
            self.x = 0
            self.linefeed()
            self.wrapnext = False
        self.grid[self.y][self.x] = (ch, self.attrs)
        if w == 2 and self.x + 1 < self.cols:
            self.grid[self.y][self.x + 1] = ('', self.attrs)
        self.last = ch
        if self.x + w >= self.cols:
            self.x = self.cols - 1
            self.wrapnext = True
        else:
            self.x += w

    def move(self, y=None, x=None):
        if y is not None:
            self.y = max(0, min(self.rows - 1, y))
        if x is not None:
            self.x = max(0, min(self.cols - 1, x))
        self.wrapnext = False

    # --- input -----------------------------------------------------------------------------------
    def feed(self, data):
        for ch in self.decoder.decode(data):
            self.char(ch)

    def char(self, ch):
        s = self.state
        if s == 'ground':
            o = ord(ch)
            if o == 0x1b:
                self.state, self.seq = 'esc', ''
            elif o == 13:
                self.move(x=0)
            elif o in (10, 11, 12):
                self.linefeed(); self.wrapnext = False
            elif o == 8:
                self.move(x=self.x - 1)
            elif o == 9:
                self.move(x=min(self.cols - 1, (self.x // 8 + 1) * 8))
            elif o == 14:
                self.gl = 1
            elif o == 15:
                self.gl = 0
            elif o < 32 or o == 127:
                pass
            else:
                self.put(ch)
        elif s == 'esc':
            if ch == '[':
                self.state = 'csi'
            elif ch == ']':
                self.state = 'osc'
            elif ch in '()':
                self.state, self.seq = 'charset', ch
            elif ch in ' #%':
                self.state = 'skip1'
            else:
                self.state = 'ground'
                self.esc(ch)
        elif s == 'charset':
            self.g[0 if self.seq == '(' else 1] = ch
            self.state = 'ground'
        elif s == 'skip1':
            self.state = 'ground'
        elif s == 'osc':
            if ch == '\x07':
                self.state = 'ground'
            elif ch == '\x1b':
                self.state = 'osc_esc'
        elif s == 'osc_esc':
            self.state = 'ground' if ch == '\\' else 'osc'
        elif s == 'csi':
            if '\x40' <= ch <= '\x7e':
                self.state = 'ground'
                self.csi(self.seq, ch)
            else:
                self.seq += ch

    def esc(self, ch):
        if ch == '7':
            self.saved = (self.y, self.x, self.attrs)
        elif ch == '8':
            self.y, self.x, self.attrs = self.saved
        elif ch == 'D':
            self.linefeed()
        elif ch == 'E':
            self.linefeed(); self.move(x=0)
        elif ch == 'M':
            if self.y == self.top:
                self.scroll_down(1)
            else:
                self.move(y=self.y - 1)
        elif ch == 'c':
            self.reset()

    def csi(self, seq, f):
        private = seq[:1] in ('?', '>', '<', '=')
        body = seq[1:] if private else seq
        body = body.rstrip(' !"$\'')
        ps = [int(p) if p.isdigit() else None for p in body.replace(':', ';').split(';')] if body else []
        p = lambda i, d=1: ps[i] if i < len(ps) and ps[i] not in (None, 0) else d
        if private:
            if f in 'hl' and seq[0] == '?':
                for m in ps:
                    if m == 25:
                        self.hidden = f == 'l'
                    elif m in (47, 1047, 1049):
                        self.grid = [[(' ', DEFAULT) for _ in range(self.cols)] for _ in range(self.rows)]
            return
        if f == 'A': self.move(y=self.y - p(0))
        elif f == 'B' or f == 'e': self.move(y=self.y + p(0))
        elif f == 'C' or f == 'a': self.move(x=self.x + p(0))
        elif f == 'D': self.move(x=self.x - p(0))
        elif f == 'E': self.move(y=self.y + p(0), x=0)
        elif f == 'F': self.move(y=self.y - p(0), x=0)
        elif f in 'G`': self.move(x=p(0) - 1)
        elif f == 'd': self.move(y=p(0) - 1)
        elif f in 'Hf': self.move(y=p(0) - 1, x=p(1) - 1)
        elif f == 'J':
            m = ps[0] if ps and ps[0] else 0
            rows = range(self.y + 1, self.rows) if m == 0 else range(0, self.y) if m == 1 else range(self.rows)
            for y in rows:
                self.grid[y] = [self.blank() for _ in range(self.cols)]
            if m in (0, 1):
                self.erase_line(m)
        elif f == 'K':
            self.erase_line(ps[0] if ps and ps[0] else 0)
        elif f == 'X':
            for x in range(self.x, min(self.cols, self.x + p(0))):
                self.grid[self.y][x] = self.blank()
        elif f == 'L' and self.top <= self.y <= self.bottom:
            for _ in range(p(0)):
                del self.grid[self.bottom]; self.grid.insert(self.y, [self.blank() for _ in range(self.cols)])
        elif f == 'M' and self.top <= self.y <= self.bottom:
            for _ in range(p(0)):
                del self.grid[self.y]; self.grid.insert(self.bottom, [self.blank() for _ in range(self.cols)])
        elif f == '@':
            row = self.grid[self.y]
            for _ in range(p(0)):
                row.insert(self.x, self.blank()); row.pop()
        elif f == 'P':
            row = self.grid[self.y]
            for _ in range(p(0)):
                row.pop(self.x); row.append(self.blank())
        elif f == 'S': self.scroll_up(p(0))
        elif f == 'T': self.scroll_down(p(0))
        elif f == 'b':
            for _ in range(p(0)):
                self.put(self.last)
        elif f == 'r':
            self.top, self.bottom = p(0) - 1, (p(1, self.rows)) - 1
            self.move(y=0, x=0)
        elif f == 's': self.saved = (self.y, self.x, self.attrs)
        elif f == 'u': self.y, self.x, self.attrs = self.saved
        elif f == 'm': self.sgr(ps or [0])

    def erase_line(self, m):
        xs = range(self.x, self.cols) if m == 0 else range(0, self.x + 1) if m == 1 else range(self.cols)
        for x in xs:
            self.grid[self.y][x] = self.blank()

    def sgr(self, ps):
        fg, bg, bold, rev, und = self.attrs
        i = 0
        while i < len(ps):
            c = ps[i] or 0
            if c == 0: fg, bg, bold, rev, und = DEFAULT
            elif c == 1: bold = True
            elif c == 22: bold = False
            elif c == 4: und = True
            elif c == 24: und = False
            elif c == 7: rev = True
            elif c == 27: rev = False
            elif 30 <= c <= 37: fg = NAMES[c - 30]
            elif 40 <= c <= 47: bg = NAMES[c - 40]
            elif 90 <= c <= 97: fg = 'bright' + NAMES[c - 90]
            elif 100 <= c <= 107: bg = 'bright' + NAMES[c - 100]
            elif c == 39: fg = 'default'
            elif c == 49: bg = 'default'
            elif c in (38, 48):
                if i + 1 < len(ps) and ps[i + 1] == 5 and i + 2 < len(ps):
                    v = 'c256:%s' % ps[i + 2]; i += 2
                elif i + 1 < len(ps) and ps[i + 1] == 2 and i + 4 < len(ps):
                    v = 'rgb:%s,%s,%s' % tuple(ps[i + 2:i + 5]); i += 4
                else:
                    v = 'default'
                if c == 38: fg = v
                else: bg = v
            i += 1
        self.attrs = (fg, bg, bold, rev, und)

    def display(self):
        return [''.join(ch for ch, _ in row) for row in self.grid]
