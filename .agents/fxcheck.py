import re, subprocess, sys, os, collections
os.chdir('/work/main')
rules = set(l.split()[0] for l in subprocess.run(['java','-jar','cli/target/fearless.jar','rules'],capture_output=True,text=True).stdout.splitlines() if l.strip())
out = subprocess.run(['java','-Xss8m','-jar','cli/target/fearless.jar','scan','--fail-on','never','test-fixtures/cases','test-fixtures/stubs'],capture_output=True,text=True)
if out.returncode not in (0,1): print(out.stderr[-3000:]); sys.exit(1)
actual=collections.defaultdict(dict)
for line in out.stdout.splitlines():
    m=re.match(r'(.+?):(\d+):(\d+): \w+: \[(\w+)\] (.*)',line)
    if m: actual[m.group(1)][(int(m.group(2)),m.group(4))]=m.group(5)
only = sys.argv[1:]  # optional rule filter
problems=0
for root,_,files in os.walk('test-fixtures'):
    for f in files:
        if not f.endswith('.java') or '/src/' in root: continue
        path=os.path.join(root,f)
        exp=set(); kfp=set(); kfn=set()
        for i,line in enumerate(open(path),1):
            m=re.search(r'//\s*((?:expect|known-fn|known-fp)\s*:.*)$',line)
            if not m: continue
            for kind,body in re.findall(r'(expect|known-fn|known-fp)\s*:\s*([^;#]*)',m.group(1)):
                for r in body.split(','):
                    r=r.strip().split('[')[0]
                    if not r: continue
                    {'expect':exp,'known-fp':kfp,'known-fn':kfn}[kind].add((i,r))
        act=actual.get(path,{})
        msgs=[]
        for (l,r) in sorted(exp):
            if r in rules and (l,r) not in act and (not only or r in only): msgs.append(f"  missing    {l:4} {r}")
        for (l,r),msg in sorted(act.items()):
            if (l,r) not in exp and (l,r) not in kfp and (not only or r in only): msgs.append(f"  unexpected {l:4} {r}  {msg[:150]}")
        if msgs:
            problems+=len(msgs); print(path); print("\n".join(msgs))
print("problems:",problems, "| stderr:", out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "")
