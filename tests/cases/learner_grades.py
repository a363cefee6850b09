students = {
    'alice': [88, 92, 79, 95],
    'bob': [72, 65, 80],
    'carol': [95, 98, 100, 91, 99],
    'dave': [],
    'eve': [60, 70, 55],
}
def average(scores):
    if not scores:
        raise ZeroDivisionError('no scores')
    return sum(scores) / len(scores)
def letter(avg):
    for cutoff, grade in [(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')]:
        if avg >= cutoff:
            return grade
    return 'F'
report = []
for name, scores in students.items():
    try:
        avg = average(scores)
    except ZeroDivisionError as e:
        print('%s: skipped (%s)' % (name, e))
        continue
    report.append((name, round(avg, 2), letter(avg)))
report.sort(key=lambda r: (-r[1], r[0]))
print('{:<8}{:>8}{:>6}'.format('name', 'avg', 'grd'))
for name, avg, grade in report:
    print('{:<8}{:>8.2f}{:>6}'.format(name, avg, grade))
dist = {}
for _, _, g in report:
    dist[g] = dist.get(g, 0) + 1
print(dict(sorted(dist.items())))
best = max(report, key=lambda r: r[1])
print('best:', best[0].title(), f'{best[1]:.1f}')
all_scores = [s for scores in students.values() for s in scores]
print(len(all_scores), min(all_scores), max(all_scores), round(average(all_scores), 3))
passed = {n for n, a, g in report if g != 'F'}
print(sorted(passed), 'eve' in passed)
