// The bench's plain ink page (tools/benchStartup.ts): what Inky's "export for web" page does
// on load, written for this bench (see README.md). Classic scripts, no bundler: read the story
// with the inkjs runtime, continue to the first choice, show each paragraph and choice, fading
// each in 200 ms after the one before; a choice continues the story.
((storyContent, storyExternals) => {
  const story = new inkjs.Story(storyContent);
  // Our story asks the simulation through EXTERNAL functions, and a plain page has none: each
  // answers 0, so the page can run (the bench lists them in story.js).
  for (const name of storyExternals) story.BindExternalFunction(name, () => 0, true);
  const container = document.querySelector('#story');

  function showAfter(delay, element) {
    element.classList.add('hide');
    setTimeout(() => element.classList.remove('hide'), delay);
  }

  function continueStory() {
    let delay = 0;
    while (story.canContinue) {
      const paragraph = document.createElement('p');
      paragraph.textContent = story.Continue();
      container.appendChild(paragraph);
      showAfter(delay, paragraph);
      delay += 200;
    }
    for (const choice of story.currentChoices) {
      const item = document.createElement('p');
      item.classList.add('choice');
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = choice.text;
      item.appendChild(link);
      container.appendChild(item);
      showAfter(delay, item);
      delay += 200;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        for (const shown of container.querySelectorAll('.choice')) shown.remove();
        story.ChooseChoiceIndex(choice.index);
        continueStory();
      });
    }
  }

  continueStory();
})(storyContent, storyExternals);
