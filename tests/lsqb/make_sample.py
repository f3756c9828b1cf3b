#!/usr/bin/env python3
"""Writes a small, deterministic sample of the LSQB SF0.1 CSV files, for the CI check of the
LSQB queries (tests/lsqb/lsqb_sample_test.py).

The sample is the subgraph induced by a chosen set of nodes: every node file keeps the rows of
chosen nodes, every edge file the rows whose two ends are chosen, so no edge dangles and
../shared/bench/lsqb/convert.py turns the folder into a graph file as it does the full data.
The nodes are chosen so that every LSQB query has matches and so that the parts of the
queries that a wrong plan could drop (directions, the NOT patterns, OPTIONAL, the country of
q3, the Message label on both Posts and Comments) change the counts:

  * persons: the best-connected persons (KNOWS) of the most populous country, and their
    best-connected friends elsewhere, so that there are KNOWS triangles inside one country and
    across countries;
  * the forums with most of those persons as members, their posts written by those persons,
    replies to the posts and replies to the replies, again written by those persons, and the
    persons who like these messages most;
  * the tags of those messages and a few interests per person, their tag classes and
    superclasses, the cities, countries and continents they are in, and a few companies and
    universities.

Ties are broken by id, so the same data always gives the same sample. Standard library only.

    make_sample.py [--data TARBALL] OUT_DIR
"""
import argparse
import os
import tarfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "..", "..", "..", "shared", "bench", "lsqb", "data",
                            "lsqb-sf01-csv.tar.xz")

# How much of each kind to keep: enough for non-zero, discriminating counts, little enough
# that the check takes seconds under AddressSanitizer.
PERSONS_IN_COUNTRY = 30
PERSONS_ABROAD = 10
FORUMS = 4
POSTS = 40
REPLIES_TO_POSTS = 120
REPLIES_TO_COMMENTS = 60
LIKERS = 15
INTERESTS_PER_PERSON = 3
WORKPLACES_PER_PERSON = 1


class Tables:
    """The CSV files of the tarball: header line and rows (lists of cells) per file name."""

    def __init__(self, tarball):
        self.raw = {}
        with tarfile.open(tarball, "r:*") as tar:
            for member in tar:
                if member.isfile() and member.name.endswith(".csv"):
                    self.raw[os.path.basename(member.name)] = tar.extractfile(member).read()
        self.parsed = {}

    def names(self):
        return sorted(self.raw)

    def header(self, name):
        return self.raw[name].split(b"\n", 1)[0].decode("utf-8").rstrip("\r")

    def rows(self, name):
        """The rows of a file as tuples of cells, parsed once."""
        if name not in self.parsed:
            # One split of the whole body instead of one a row: all of the files are ids only,
            # and splitting 2.5 million rows one by one is most of the time this script takes.
            columns = self.header(name).count("|") + 1
            body = self.raw[name].decode("utf-8").replace("\r", "").partition("\n")[2].strip("\n")
            cells = body.replace("\n", "|").split("|") if body else []
            assert len(cells) % columns == 0, (name, "rows of different lengths")
            self.parsed[name] = list(zip(*(cells[i::columns] for i in range(columns))))
        return self.parsed[name]

    def pairs(self, name):
        """(start id, end id) of each row of an edge file."""
        return [(r[0], r[1]) for r in self.rows(name)]


def ranked(counter, limit, exclude=()):
    """The `limit` keys with the highest counts, ties broken by the smaller id."""
    keys = [k for k in counter if k not in exclude]
    keys.sort(key=lambda k: (-counter[k], int(k)))
    return keys[:limit]


def grouped(pairs):
    out = defaultdict(list)
    for a, b in pairs:
        out[a].append(b)
    return out


def choose_persons(t):
    city_country = dict(t.pairs("City_isPartOf_Country.csv"))
    person_country = {p: city_country[c] for p, c in t.pairs("Person_isLocatedIn_City.csv")}
    knows = defaultdict(set)
    for a, b in t.pairs("Person_knows_Person.csv"):
        knows[a].add(b)
        knows[b].add(a)
    country = ranked(Counter(person_country.values()), 1)[0]
    home = {p for p, c in person_country.items() if c == country}
    degree_home = Counter({p: len(knows[p] & home) for p in home})
    persons = set(ranked(degree_home, PERSONS_IN_COUNTRY))
    abroad = Counter({p: len(knows[p] & persons) for p in set().union(*(knows[p] for p in persons))
                      if p not in home})
    persons.update(ranked(abroad, PERSONS_ABROAD))
    return persons


def choose_messages(t, persons):
    forum_members = Counter(f for f, p in t.pairs("Forum_hasMember_Person.csv") if p in persons)
    forums = set(ranked(forum_members, FORUMS))
    creator = dict(t.pairs("Post_hasCreator_Person.csv"))
    creator.update(t.pairs("Comment_hasCreator_Person.csv"))
    candidate_posts = {p for f, p in t.pairs("Forum_containerOf_Post.csv")
                       if f in forums and creator.get(p) in persons}
    replies_to_post = grouped((post, c) for c, post in t.pairs("Comment_replyOf_Post.csv")
                              if post in candidate_posts and creator.get(c) in persons)
    posts = set(ranked(Counter({p: len(replies_to_post[p]) for p in candidate_posts}), POSTS))
    first = sorted((c for p in posts for c in replies_to_post[p]), key=int)[:REPLIES_TO_POSTS]
    first_set = set(first)
    second = sorted((c for c, parent in t.pairs("Comment_replyOf_Comment.csv")
                     if parent in first_set and creator.get(c) in persons),
                    key=int)[:REPLIES_TO_COMMENTS]
    return forums, posts, first_set | set(second)


def choose_nodes(t):
    """Label -> set of CSV ids of the chosen nodes."""
    persons = choose_persons(t)
    forums, posts, comments = choose_messages(t, persons)
    # Those persons seldom like these very messages; the messages' keenest likers join them.
    likes = Counter(p for p, m in t.pairs("Person_likes_Post.csv") if m in posts)
    likes.update(p for p, m in t.pairs("Person_likes_Comment.csv") if m in comments)
    persons |= set(ranked(likes, LIKERS, exclude=persons))
    tags = {tag for m, tag in t.pairs("Post_hasTag_Tag.csv") if m in posts}
    tags |= {tag for m, tag in t.pairs("Comment_hasTag_Tag.csv") if m in comments}
    interests = grouped((p, tag) for p, tag in t.pairs("Person_hasInterest_Tag.csv")
                        if p in persons)
    for p in persons:
        tags.update(sorted(interests[p], key=int)[:INTERESTS_PER_PERSON])
    tag_classes = {c for tag, c in t.pairs("Tag_hasType_TagClass.csv") if tag in tags}
    superclass = dict(t.pairs("TagClass_isSubclassOf_TagClass.csv"))
    for c in list(tag_classes):
        while c in superclass:
            c = superclass[c]
            tag_classes.add(c)

    def some(pairs_name):
        by_person = grouped((p, x) for p, x in t.pairs(pairs_name) if p in persons)
        return {x for xs in by_person.values() for x in sorted(xs, key=int)[:WORKPLACES_PER_PERSON]}

    companies = some("Person_workAt_Company.csv")
    universities = some("Person_studyAt_University.csv")
    cities = {c for p, c in t.pairs("Person_isLocatedIn_City.csv") if p in persons}
    cities |= {c for u, c in t.pairs("University_isLocatedIn_City.csv") if u in universities}
    countries = {c for x, c in t.pairs("City_isPartOf_Country.csv") if x in cities}
    countries |= {c for x, c in t.pairs("Post_isLocatedIn_Country.csv") if x in posts}
    countries |= {c for x, c in t.pairs("Comment_isLocatedIn_Country.csv") if x in comments}
    countries |= {c for x, c in t.pairs("Company_isLocatedIn_Country.csv") if x in companies}
    continents = {c for x, c in t.pairs("Country_isPartOf_Continent.csv") if x in countries}
    return {"Person": persons, "Forum": forums, "Post": posts, "Comment": comments, "Tag": tags,
            "TagClass": tag_classes, "Company": companies, "University": universities,
            "City": cities, "Country": countries, "Continent": continents}


def write_sample(t, chosen, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for name in t.names():
        parts = name[:-4].split("_")
        if len(parts) == 1:
            keep = chosen[parts[0]]
            rows = [r for r in t.rows(name) if r[0] in keep]
        elif len(parts) == 3 and parts[0] in chosen and parts[2] in chosen:
            start, end = chosen[parts[0]], chosen[parts[2]]
            rows = [r for r in t.rows(name) if r[0] in start and r[1] in end]
        else:
            continue  # not an LSQB file (convert.py would reject or skip it too)
        with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="") as f:
            f.write(t.header(name) + "\n")
            f.writelines("|".join(r) + "\n" for r in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", help="folder for the sampled CSV files")
    parser.add_argument("--data", default=DEFAULT_DATA, help="the LSQB SF0.1 CSV tarball")
    args = parser.parse_args()
    tables = Tables(args.data)
    chosen = choose_nodes(tables)
    write_sample(tables, chosen, args.out_dir)
    print("sample: " + ", ".join(f"{label} {len(ids)}" for label, ids in sorted(chosen.items())))


if __name__ == "__main__":
    main()
