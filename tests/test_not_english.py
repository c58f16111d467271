"""An article not in English gets a note, not silence: one line on standard error naming the
file and the language it seems to be, and a note (never an error) in JSON and SARIF; no
finding, and no change to the exit status. Short English paragraphs, however full of foreign
names and figures, are never taken for another language (issue 15)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, run_cli

SPANISH = (
    "El Gobierno anunció este martes que al menos 200 personas murieron en el terremoto que "
    "sacudió la costa norte del país. Según las autoridades locales, otras 1.500 resultaron "
    "heridas y más de 30.000 tuvieron que abandonar sus casas durante la noche.\n"
)
FOREIGN = {
    "French": (
        "Le gouvernement a annoncé mardi qu'au moins 200 personnes sont mortes dans le séisme qui a "
        "frappé la côte nord du pays. Selon les autorités locales, 1 500 autres ont été blessées."
    ),
    "German": (
        "Die Regierung teilte am Dienstag mit, dass bei dem Erdbeben an der Nordküste des Landes "
        "mindestens 200 Menschen ums Leben gekommen sind. Nach Angaben der örtlichen Behörden "
        "wurden weitere 1500 verletzt, und mehr als 30.000 mussten in der Nacht ihre Häuser verlassen."
    ),
    "Portuguese": (
        "O governo de Luiz Inácio Lula da Silva anunciou nesta terça-feira que pelo menos 200 pessoas "
        "morreram no terremoto que atingiu a costa norte do país. Segundo as autoridades locais, "
        "outras 1.500 ficaram feridas e mais de 30 mil tiveram de deixar suas casas."
    ),
    "Russian": (
        "Правительство во вторник сообщило, что в результате землетрясения на северном побережье "
        "страны погибли не менее 200 человек. По данным местных властей, еще 1500 человек получили "
        "ранения."
    ),
    "Chinese": (
        "政府周二宣布，袭击该国北部海岸的地震已造成至少200人死亡。据当地官员称，另有1500人受伤，"
        "超过3万人在夜间被迫离开家园。救援人员仍在废墟中搜寻幸存者。"
    ),
}
# Short English news paragraphs, many of them mostly names and figures.
ENGLISH = [
    "São Paulo Mayor Ricardo Nunes and Rio de Janeiro Mayor Eduardo Paes met Luiz Inácio Lula da "
    "Silva in Brasília on Monday.",
    "Los Angeles, San Diego, San Jose, San Francisco, Santa Ana, El Paso, Las Cruces and Santa Fe "
    "reported 1,204, 873, 512 and 97 cases.",
    "Real Madrid beat Atlético de Madrid 2-1 at the Santiago Bernabéu, with Vinícius Júnior and Jude "
    "Bellingham scoring before Antoine Griezmann pulled one back in the 88th minute.",
    "Jean-Luc Mélenchon's La France Insoumise won 71 seats, Marine Le Pen's Rassemblement National "
    "143 and Emmanuel Macron's Ensemble 168, Le Monde reported.",
    "Bundesliga leaders Bayer Leverkusen drew 1-1 with Borussia Mönchengladbach; Xabi Alonso's side "
    "are 16 points clear of Bayern München with eight games left.",
    "Andrés Manuel López Obrador, Claudia Sheinbaum and Xóchitl Gálvez were in Ciudad Juárez, Nuevo "
    "León and Baja California Sur, El Universal said.",
    "Novak Djokovic beat Rafael Nadal 6-4, 6-3, 7-6 at Roland Garros.",
    "De Nederlandsche Bank, Banco de España and Banca d'Italia raised rates by 0.25 points.",
    "Volkswagen, Mercedes-Benz, BMW and Porsche sold 1.2 million, 870,000, 640,000 and 96,000 cars.",
    "Prime Minister Pedro Sánchez of Spain, President Sergio Mattarella of Italy and Chancellor Olaf "
    "Scholz of Germany met in Bruxelles for two days of talks on the €750 billion fund.",
    "Sergio Pérez finished 2nd, 1.3 seconds behind Max Verstappen, at the Autódromo Hermanos "
    "Rodríguez; Carlos Sainz and Charles Leclerc of Ferrari were 3rd and 4th.",
    "El Niño brought 14 inches of rain to Lima, Arequipa and Cusco in three days, Senamhi said.",
    "The Sagrada Família in Barcelona, begun in 1882, drew 4.7 million visitors last year.",
    "Ajax lost 4-0 to PSV Eindhoven and 3-1 to Feyenoord in a week.",
    "Über Eats, DoorDash and Grubhub cut 1,500, 1,200 and 400 jobs.",
    "Hamas still holds 138 hostages, including 20 women and two children.",
    "The Dow fell 430.97 points, or 1.1%, to 38,703.27.",
    "Gov. Gavin Newsom signed SB 1047 on Sunday.",
    "Kyiv, Kharkiv, Odesa and Dnipro lost power for 6 to 8 hours; Ukrenergo said 1.2 million homes "
    "were cut off.",
    "Xi Jinping and Li Qiang met Olaf Scholz in Beijing; China's exports rose 8.5% to $3.38 trillion.",
    "Narendra Modi's BJP won 240 of 543 seats in the Lok Sabha; Rahul Gandhi's Congress won 99.",
    "Tokyo's Nikkei 225 rose 2.3% to 40,168.07 as Toyota, Sony and SoftBank gained.",
    "Recep Tayyip Erdoğan's AKP took 35.5% in İstanbul, Ankara and İzmir, behind Ekrem İmamoğlu's CHP.",
    "Deutsche Bahn, SNCF and Renfe carried 1.8 billion, 1.2 billion and 540 million passengers.",
    "In Zürich, Genève and Lausanne, rents rose 4.7%, 3.9% and 5.2%, the Bundesamt für Statistik said.",
    "Ángel Di María, Lionel Messi and Julián Álvarez scored in Argentina's 3-0 win over Perú.",
    "It was 38C in Sevilla, 36C in Córdoba and 41C in Jaén on Tuesday, Aemet said.",
    "Olá, said the sign at São João del-Rei station: 3 trains a day, 120 km to Belo Horizonte.",
    "The vote was 52-48.",
    "Mbappé: 47 goals in 52 games.",
]


@pytest.fixture(scope="module")
def english_run(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("news")
    for number, paragraph in enumerate(ENGLISH):
        (folder / f"brief-{number:02}.txt").write_text(paragraph + "\n", encoding="utf-8")
    (folder / "briefs.txt").write_text("\n\n".join(ENGLISH) + "\n", encoding="utf-8")  # all in one
    return run_cli("check", "--format", "concise", str(folder), str(ROOT / "seeds"))


def test_an_article_not_in_english_gets_a_note_and_no_finding(tmp_path: Path):
    (tmp_path / "terremoto.txt").write_text(SPANISH, encoding="utf-8")
    result = run_cli("check", "terremoto.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr == (
        "terremoto.txt: note: this seems to be Spanish, not English; "
        "numcheck reads English, so it may miss or misread figures\n"
    )
    assert result.stdout.startswith("0 errors, 0 warnings in 1 file")


def test_the_note_leaves_the_exit_status_of_the_other_articles(tmp_path: Path, seed_text: str):
    (tmp_path / "terremoto.txt").write_text(SPANISH, encoding="utf-8")
    (tmp_path / "held.txt").write_text(seed_text.replace("holds 138 hostages", "holds 18 hostages"))
    result = run_cli("check", "--format", "concise", "held.txt", "terremoto.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert " NC202 " in result.stdout
    assert result.stderr.startswith("terremoto.txt: note: this seems to be Spanish")


def test_the_note_is_a_note_in_json_and_sarif(tmp_path: Path):
    (tmp_path / "terremoto.md").write_text("# Terremoto\n\n" + SPANISH, encoding="utf-8")
    result = run_cli("check", "--format", "json", "terremoto.md", cwd=tmp_path)
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert report["summary"]["unreadable"] == 0
    (note,) = report["input_errors"]
    assert note["file"] == "terremoto.md" and note["level"] == "note"
    assert "seems to be Spanish" in note["message"]
    sarif = json.loads(run_cli("check", "--format", "sarif", "terremoto.md", cwd=tmp_path).stdout)
    schema = json.loads((ROOT / "tests" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(sarif)
    (invocation,) = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "note"
    assert "seems to be Spanish" in notification["message"]["text"]


def test_an_input_error_is_still_an_error_beside_a_note(tmp_path: Path):
    (tmp_path / "terremoto.txt").write_text(SPANISH, encoding="utf-8")
    result = run_cli("check", "--format", "json", "terremoto.txt", "missing.txt", cwd=tmp_path)
    assert result.returncode == 2
    levels = {e["file"]: e["level"] for e in json.loads(result.stdout)["input_errors"]}
    assert levels == {"missing.txt": "error", "terremoto.txt": "note"}


def test_each_language_is_named(tmp_path: Path):
    for language, text in FOREIGN.items():
        (tmp_path / f"{language}.txt").write_text(text + "\n", encoding="utf-8")
    result = run_cli("check", *(f"{language}.txt" for language in FOREIGN), cwd=tmp_path)
    assert result.returncode == 0
    for language in FOREIGN:
        assert f"{language}.txt: note: this seems to be {language}, not English" in result.stderr


def test_the_claims_table_gets_the_note_too(tmp_path: Path):
    (tmp_path / "terremoto.txt").write_text(SPANISH, encoding="utf-8")
    result = run_cli("table", "terremoto.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.startswith("terremoto.txt: note: this seems to be Spanish")


def test_short_english_paragraphs_full_of_names_and_figures_get_no_note(english_run):
    """Each paragraph alone, all of them in one article, and the 140 seed articles."""
    assert english_run.returncode in (0, 1)
    assert "note:" not in english_run.stderr
    assert f" {len(ENGLISH) + 1 + 140} files, " in english_run.stdout.splitlines()[-1]
