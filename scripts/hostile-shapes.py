#!/usr/bin/env python3
"""Write the hostile input shapes of issue 18 at a size: hostile-shapes.py KB DIR.

Each file repeats one shape (many dates in one sentence, notes after full
stops, unclosed wikitext and Markdown constructs, citation links, nested
quotes, a long run of footnotes, distinct dated sentences, one
paragraph hard-wrapped over every line) to KB kilobytes. scripts/hostile-table.sh
times annals on them at growing sizes.
"""
import sys
kb=int(sys.argv[1]); out=sys.argv[2]
n=kb*1024
shapes={
 'years.txt':'1991 ',
 'notea.txt':'In 1991 it rained.[a] ',
 'note1.txt':'In 1991 it rained.[note 1] ',
 'cn.txt':'In 1991 it rained.[citation needed] ',
 'bigmark.txt':'In 1991 it rained.[1234567] ',
 'ones.txt':'1 ',
 'comment.wiki':'In 1991 x.<!-- ',
 'ref.wiki':'In 1991 x.<ref>',
 'link.wiki':'[[In 1991 x|',
 'tmpl.wiki':'{{{In 1991 ',
 'star.md':'*In 1991 ',
 'tick.md':'`In 1991 ',
 'fnref.md':'In 1991 x.[^',
 'cite.html':'<a href="#cite_note-1">In 1991 ',
 'quote.md':'> ',
 'zh.txt':'在1991年下雨，',
 'wrap.txt':'in 1991 it rained and\n',
}
import os
for name,unit in shapes.items():
    s=(unit*(n//len(unit.encode())+1)).encode()[:n].decode('utf-8','ignore')
    if name=='cite.html': s='<html><body><p>'+s
    if name=='quote.md': s=('> '*(n//4))+'In 1991 x.\n'
    open(os.path.join(out,name),'w',encoding='utf-8').write(s)
# a sentence with a date of its own every 19 bytes: nothing folds as a
# repeat (parse/repeats.go), every one is an event
lines=[]
size=0
i=0
while size<n:
    l='In %d it rained. '%(1000+i%2000); lines.append(l); size+=len(l); i+=1
open(os.path.join(out,'distinct.txt'),'w').write(''.join(lines)[:n])
# markdown footnotes past 100000
lines=[]
i=0
size=0
while size<n:
    l='In 1991 x.[^%d]\n\n[^%d]: note.\n\n'%(i,i); lines.append(l); size+=len(l); i+=1
open(os.path.join(out,'footnotes.md'),'w').write(''.join(lines)[:n])
