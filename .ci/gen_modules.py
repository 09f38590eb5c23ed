import os,re
rows=[]
for root,dirs,files in os.walk('src'):
    for f in files:
        if not f.endswith('.rs'): continue
        path=os.path.join(root,f)
        rel=path[4:]
        para=[]
        for line in open(path):
            if line.startswith('//!'):
                t=line[3:].strip()
                if not t and para: break
                para.append(t)
            elif para or (line.strip() and not line.startswith('//')):
                break
        first=' '.join(para)
        if not first and rel=='main.rs': first='parses the command line and hands over to `cli`'
        m=re.match(r'(.+?(?<!art)(?<!e\.g)(?<!ust)\.)(\s|$)', first)
        if m: first=m.group(1)
        rows.append((rel,first))
rows.sort()
table='| file | what it is |\n|---|---|\n'+''.join(f'| `{r}` | {w} |\n' for r,w in rows)
s=open('docs/architecture.md').read()
a=s.index('| file | what it is |')
b=s.index('\n### domain/',a)
s=s[:a]+table+s[b:]
open('docs/architecture.md','w').write(s)
