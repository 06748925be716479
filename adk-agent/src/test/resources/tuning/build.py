import json
from gen_ja import JA
from gen_en import EN
data = JA + EN
with open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "dialogues.json"), "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(JA), len(EN))
