using System.Text;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Knowledge.Bench;

/// <summary>
/// News-like documents with mentions set where the generator wrote the names: titled people, surnames,
/// nominal references, countries, cities, organizations and armed groups. Deterministic for a given seed.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Given = ["Sergey", "Sergei", "John", "Ali", "Fouad", "Fuad", "Anders", "Ibrahim", "Hassan", "Hasan", "Marie", "David", "Philip", "Mohammed", "Mohamed", "Khalid", "Yulia", "Ahmet", "Nouri", "Nuri"];
    private static readonly string[] Surnames = ["Lavrov", "Kerry", "Khamenei", "Massoum", "Masum", "Rasmussen", "al-Jaafari", "Rouhani", "Harf", "Haines", "Cameron", "Hammond", "Morsi", "Mishal", "Tymoshenko", "Davutoglu", "al-Maliki", "Petrov", "Novak", "Okafor", "Haddad", "Nasser", "Karimi", "Sato"];
    private static readonly string[] Titles = ["Russian Foreign Minister", "US Secretary of State", "Iran's Supreme Leader Ayatollah", "Iraqi President", "NATO Secretary-General", "Iraqi Foreign Minister", "British Prime Minister", "State Department deputy spokeswoman", "Egyptian President", "Turkish Foreign Minister", "UK foreign minister", "French President"];
    private static readonly string[] Places = ["Paris", "Iraq", "Syria", "Tehran", "Baghdad", "Washington", "Moscow", "the U.S.", "Britain", "Mosul", "Anbar", "Brussels", "Geneva", "Kyiv", "Nigeria"];
    private static readonly string[] Groups = ["Islamic State", "ISIS", "Daesh", "al-Qaeda", "Hezbollah", "NATO", "the Arab League", "the European Union", "the United Nations", "Hamas", "the Kurdistan Democratic Party", "KDP"];
    private static readonly string[] Adjectives = ["Iraqi", "Iranian", "Russian", "French", "American", "British"];

    public static List<Document> Create(int documents, int sentencesPerDocument, int seed)
    {
        var random = new Random(seed);
        var result = new List<Document>(documents);
        for (var d = 0; d < documents; d++)
        {
            var sb = new StringBuilder();
            var mentions = new List<EntityMention>();
            void Add(string s, EntityType type)
            {
                mentions.Add(new EntityMention(sb.Length, s.Length, type, 0, 0));
                sb.Append(s);
            }

            var cast = new List<(string Given, string Surname)>();
            for (var s = 0; s < sentencesPerDocument; s++)
            {
                switch (random.Next(5))
                {
                    case 0:
                        var person = (Given[random.Next(Given.Length)], Surnames[random.Next(Surnames.Length)]);
                        cast.Add(person);
                        sb.Append(Titles[random.Next(Titles.Length)]).Append(' ');
                        Add(person.Item1 + " " + person.Item2, EntityType.PER);
                        sb.Append(" met officials in ");
                        Add(Places[random.Next(Places.Length)], EntityType.LOC);
                        sb.Append(" on Monday. ");
                        break;
                    case 1 when cast.Count > 0:
                        Add(cast[random.Next(cast.Count)].Surname, EntityType.PER);
                        sb.Append(" said the talks with ");
                        Add(Groups[random.Next(Groups.Length)], EntityType.ORG);
                        sb.Append(" would go on, and the secretary agreed. ");
                        break;
                    case 2:
                        Add(Adjectives[random.Next(Adjectives.Length)], EntityType.MISC);
                        sb.Append(" officials said ");
                        Add(Groups[random.Next(Groups.Length)], EntityType.ORG);
                        sb.Append(" fighters had left ");
                        Add(Places[random.Next(Places.Length)], EntityType.LOC);
                        sb.Append(". The group denied it. ");
                        break;
                    case 3:
                        var p = (Given[random.Next(Given.Length)], Surnames[random.Next(Surnames.Length)]);
                        cast.Add(p);
                        Add(p.Item1 + " " + p.Item2, EntityType.PER);
                        sb.Append(", a British aid worker, was seen in ");
                        Add(Places[random.Next(Places.Length)], EntityType.LOC);
                        sb.Append(". ");
                        break;
                    default:
                        sb.Append("In ");
                        Add(Places[random.Next(Places.Length)], EntityType.LOC);
                        sb.Append(", the president of ");
                        Add(Places[random.Next(Places.Length)], EntityType.LOC);
                        sb.Append(" spoke to reporters about the coalition and its plans for the region. ");
                        break;
                }
            }

            var text = sb.ToString();
            var doc = new Document(new Article(SourceInfo.FromPath("synthetic"), text, text, new ArticleMetadata { Title = "synthetic " + d }))
            {
                Mentions = [.. mentions],
            };
            result.Add(doc);
        }

        return result;
    }
}
